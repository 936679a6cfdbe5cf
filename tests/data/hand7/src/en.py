# blind8 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Margaret Ellison <m.ellison@ellisonhome.example>",
         to="support@movewell-mobility.example",
         subject="Query about the Aviva 4 chair we bought in September",
         body="""\
Hello,

We bought the Aviva 4 powered chair for my father in September (order MW-220784) and on the whole he has been very happy with it. It has given him a lot of his independence back, so thank you for that.

I wanted to let you know about something that happened on Sunday and ask what we should do. He was coming down the ramp at the side of the house and took his hand off the joystick to wave at the neighbour. The chair did not stop. It carried on rolling, quite slowly, all the way to the bottom and across the pavement, and only stopped because it ran into the side of my car. He was shaken but he is all right apart from a bruised knee.

My husband tried it again on the flat with nobody sitting in it and it did the same thing, it keeps creeping forward for several seconds after the stick is released. It never used to do this.

We have put it in the garage for now. Could someone come out and look at it? He is rather lost without it.

Kind regards,
Margaret Ellison"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Jodie Marsh <jodie@studiomarsh-hair.example>",
         to="orders@pureblonde-pro.example",
         subject="the new tubs of BlondeLift 9",
         body="""\
Hi there,

I've been using BlondeLift for 6 years and never had an issue so I'm really not sure what's going on. We got the new tubs delivered last Tuesday (invoice 55102, the lot number on the side is BL9-2611-C).

Yesterday I did a full head on a regular client, same mix and same 20 vol developer I always use on her. About ten minutes in she said her scalp felt hot and prickly, which she never says, so I rinsed straight away. By the time she left there were raised white patches along her parting and behind her ears. This morning she sent me photos, her scalp is weeping and her eyelids have puffed right up. She's gone to her GP.

My other stylist says a client of hers complained about the same prickly feeling on Saturday, also from the new tubs.

I've stopped using them. Can you tell me if there's something wrong with this lot, what I need to do, and whether anyone else has reported it? I need something in writing for the client as well.

Jodie
Studio Marsh Hair, 14 Kettle Lane"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Darren Okafor <d.okafor@okafor-build.example>",
         to="hire@steelspan-access.example",
         subject="URGENT - scaffold hire job 4471 Bridge St",
         body="""\
This needs someone today.

Your lads put the scaffold up at 22 Bridge Street on Monday (hire ref 4471). This morning one of my plasterers stepped onto the second lift and a board snapped clean through. He dropped onto the lift below and has hurt his shoulder, he's at A&E now. Looking at it afterwards, two of the other boards have splits along the grain and one of the base plates on the garden side is sitting on a cracked paving slab instead of a sole board.

I've stopped all work on it and taped it off. It is not safe and I'm not sending anyone back up until your inspector has been out. I also need the handover inspection certificate, nobody gave us one.

Call me on 07700 900412.

Darren Okafor
Okafor Building Ltd"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Priya Raman <priya.raman@inboxly.example>",
         to="help@zipride.example",
         subject="rides I didn't take??",
         body="""\
Hi, I've just looked at my bank app and there are 9 ZipRide trips on my card from last night between 1am and 4am, all in Manchester. I live in Bristol and I was asleep. Total is £187.40.

When I opened the app the phone number on my profile had been changed to one I don't recognise and there's a new card added as well, a Visa ending 0093 that isn't mine. I never got any email about a change.

I've changed my password and I'm ringing my bank to block the card. Please stop anything else going through and refund these. And who else can see my home address and trip history now??

Priya"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Tom Hadley <tom.hadley@regentpicturehouse.example>",
         to="support@boxofficeone.example",
         subject="Friday 6pm - all tills",
         body="""\
Hi,

None of our box office tills or the kiosk screens in the foyer are taking bookings. The ticket screen just spins on "loading seat map" and then times out. Online bookings aren't showing on our side either, so we can't see who has already bought.

We have the 6.30 and 7.00 showings of the premiere tonight, both nearly full, and there's a queue out the door already. We're writing names on paper and letting people in on their phone confirmations, but we can't sell the remaining seats, and the concessions tills won't start either because they sign in through your system.

Restarted everything twice. Please ring the duty manager line 0117 496 0533 asap.

Tom Hadley
Operations, Regent Picturehouse"""),

    dict(n=6, signals="outage", priority="high", trap="named", qt=0, reply=0,
         frm="Sofia Brennan <sofia@brennanlettings.example>",
         to="support@signfast.example",
         subject="is signfast down?",
         body="""\
Hello, is SignFast down? I've been trying since about 10 to send a tenancy agreement for signature and I get "Service unavailable, please try again later" every single time. The dashboard loads but anything I try to send, or even open, fails. Your status page says all green, which isn't very helpful.

The tenants move in on Saturday and have to sign before I can hand over the keys. I'm stuck until this works.

Thanks
Sofia Brennan
Brennan Lettings"""),

    dict(n=7, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Gareth Pugh <gareth.pugh@valleyleisure.example>",
         to="support@gatekeep-access.example",
         subject="Member scan delays at Valley Leisure",
         body="""\
Morning,

Since the weekend the turnstiles at our pool entrance are taking ages to accept member QR codes - sometimes 20-30 seconds, sometimes it only reads on the second go. Nothing is completely dead and the reception staff can override and let people through by hand, so we're coping, but the early swim sessions are backing up into the car park and members are grumbling.

The gym side barriers seem fine. It's only the two pool gates (IDs PG-01 and PG-02).

Any idea what changed? Happy to send logs if you tell me where to find them.

Cheers,
Gareth
Duty Manager, Valley Leisure Centre"""),

    dict(n=8, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Nkechi Adeyemi <n.adeyemi@rosewoodcare.example>",
         to="support@carenotes-cloud.example",
         subject="Rosewood - handhelds",
         body="""\
Good morning,

I'm the deputy manager at Rosewood House. Our handheld devices stopped syncing at around 6am. The night staff's notes are stuck on their devices and the day team can't see them, and the eMAR screen still shows yesterday evening's round as the latest. We have 48 residents and at the moment we cannot confirm on the system who has had their morning medication and who hasn't.

We've gone back to paper charts and are doing everything twice by hand, but the lunchtime round is coming up and I don't want us relying on paper for long.

Wi-Fi is fine, other apps work. We've tried logging out and back in on three devices.

Please call the office on 01632 960781.

Nkechi Adeyemi
Deputy Manager"""),

    dict(n=9, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Alan Whitcombe <a.whitcombe@hartfieldsurgery.example>",
         to="support@medilink-video.example",
         subject="video calls",
         body="""\
Hi support,

Video consultations keep dropping out after roughly five minutes. The patient's picture freezes, it says "reconnecting" and then gives up. It's happened on maybe half my calls today. Audio-only calls are fine, so I've been switching people over to those and it's manageable, just not ideal when I need to look at a rash.

Chrome, Windows 11, practice network. Colleagues down the corridor have had it too but less often.

Alan Whitcombe
Hartfield Surgery"""),

    dict(n=10, signals="payment", priority="medium", trap="terse", qt=0, reply=0,
         frm="Kev Doyle <kevdoyle77@mailhub.example>",
         to="members@sparklewash.example",
         subject="double payment",
         body="""\
hi
you've taken my unlimited wash membership twice this month, £24.99 on the 1st and again £24.99 on the 3rd. same card, same ref SPW-118830. I've got one car and one membership. can you put the second one back please. not the first time your app has done something like this either
Kev"""),

    dict(n=11, signals="payment", priority="medium", trap="refund", qt=0, reply=0,
         frm="Helen Croft <helen.croft@postbox.example>",
         to="refunds@westlinerail.example",
         subject="Delay Repay claim DR-5512908",
         body="""\
Dear Sir/Madam,

On 3 November my 07:42 from Exeter St Davids to London Paddington was cancelled and the next train arrived over two hours late, which I gather is a fairly common experience on this line at present. I submitted a claim on your website the same day with photographs of my tickets (reference DR-5512908), and on 10 November I received an email saying it had been approved for £64.30 and that payment would be made to my card within 7-10 working days.

It is now well past that. Nothing has appeared on my statement and the claim page still shows "approved - payment pending". I have telephoned the number on the website twice and was cut off after forty minutes of hold music on both occasions.

Could you please confirm whether the payment has actually been sent, and if so on what date and to which card? The one I used ends 2206.

Yours faithfully,
Helen Croft"""),

    dict(n=12, signals="payment", priority="high", trap="payout", qt=0, reply=0,
         frm="Martin Shaw <treasurer@oakfieldrfc.example>",
         to="payouts@clubticket.example",
         subject="payout for match tickets not received - need it this week",
         body="""\
Hello,

Oakfield RFC sells match and event tickets through ClubTicket. The payout for October (statement says £3,812.50, payout ID PO-20931, status "paid" since 14 November) has not arrived in the club account. I have checked with our bank twice and there is nothing incoming or pending from you.

This isn't a small thing for us. That money covers the coach hire for the under-16s tour on the 6th, and the coach company wants paying by Friday or they release the booking. We don't have reserves to cover it in the meantime.

The bank details on file should be Oakfield RFC, sort code 40-11-62, account ending 7730. If something has bounced please tell me what you need from us.

Martin Shaw
Hon. Treasurer, Oakfield RFC"""),

    dict(n=13, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Rosalind Pike <ros.pike@greenmail.example>",
         to="shop@bramblegardencentre.example",
         subject="quick one about my invoice",
         body="""\
Hello, not a complaint, just curious. My invoice for the raised bed kit and compost (order BGC-30419) has a line "heavy goods handling £6.50" on top of the delivery charge. I've paid it already and I don't mind, I just didn't see it mentioned when I ordered. Is that per order or per item? I'd like to know for next spring when I'll be ordering a lot more compost!

Thanks, Ros"""),

    dict(n=14, signals="account", priority="high", trap="deadline", qt=0, reply=0,
         frm="Stuart McKenna <stuart@mckennajoinery.example>",
         to="support@quotewright.example",
         subject="locked out - tender due 5pm",
         body="""\
I can't get into my account. After the update this morning it asked me to log in again, said my password was wrong (it isn't, it's saved in the browser and hasn't changed), and after a few tries it now says the account is locked and to contact support. The reset link email never turns up either, I've checked spam.

All my quotes, drawings and the price list are in there and I have to submit the kitchen fit-out tender for the council job by 5 today. Username is stuart@mckennajoinery.example.

Please unlock it or tell me what to do.

Stuart McKenna
McKenna Joinery"""),

    dict(n=15, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Leanne Fox <leanne@foxandcomb.example>",
         to="billing@salonbook.example",
         subject="Re: Action needed: your payment failed",
         body="""\
Hi, I updated the card the same day this came in so hopefully that side is all fine now. I'm replying here because it's the only email address I could find for you.

The actual problem: I can't log in to the salon dashboard. It sends the verification code by text to my old mobile number, which I gave up in October when I changed networks. My new number is 07700 900886. I can get to the login page and type my password, then I'm stuck waiting for a code that goes to a phone I don't have any more.

The girls can still see the diary on the front desk tablet so we're not completely stuck, but I can't do the rota or the monthly reports. How do I get the number changed?

Leanne
Fox & Comb

On 28 Nov 2026, at 09:14, SalonBook Billing <billing@salonbook.example> wrote:
> Hi Leanne,
> Your payment of £39.00 for SalonBook Pro failed because your card was declined.
> Please update your payment details within 7 days to avoid any interruption to your service.
> The SalonBook team"""),

    dict(n=16, signals="account", priority="medium", trap="owner", qt=0, reply=0,
         frm="Claire Dunmore <office@stmarkshayle.example>",
         to="help@parishgiving.example",
         subject="Change of administrator",
         body="""\
Dear Support,

Our previous treasurer, Mr Graham Pollard, stepped down at our AGM in October and has since moved away. He set up our St Mark's giving page back in 2022 and it seems he is the only "owner" on the account. I am listed as an editor, so I can see the page, but I can't add the new treasurer or change the bank details for the Christmas appeal.

Graham is perfectly happy for it to be handed over, but he no longer has access to the email address he registered with (it was his old work address). Could you tell us what you need in order to move ownership to me or to our new treasurer, Mrs Ann Tregear? We can provide the AGM minutes signed by the churchwardens.

With thanks,
Claire Dunmore
Parish Administrator, St Mark's Hayle"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Ben Whitaker <b.whitaker@fennerwick-corp.example>",
         to="help@voltride-bikes.example",
         subject="changing login email",
         body="""\
Hi, how do I change the email address on my VoltRide account? I'm leaving my job at the end of the month and the account is registered to my work address. I can't see an option for it in the app under Profile, only name and phone number. I don't want to lose the ride history or the warranty registration for my bike (frame no. VR-E2-009913).

Thanks, Ben"""),

    dict(n=18, signals="-", priority="low", trap="other-sense", qt=0, reply=0,
         frm="Imogen Carter <imogen.carter@littlegreentheatre.example>",
         to="support@cuelight.example",
         subject="Blackout + fire effect question",
         body="""\
Hi CueLight folks!

We're a small amateur company and we've been running the lights for our panto from your app on a tablet, and honestly it's been brilliant. The crash course video on your YouTube channel had our 15-year-old volunteer running the whole rig after one evening.

Two questions:
1. Is there a way to make a blackout cue snap instantly instead of fading over 1 second? At the moment the villain gets a very slow death, which gets a laugh in the wrong place.
2. For the dragon scene we want the fire flicker effect on the two red PARs only. Can an effect run on just a group?

Not urgent at all, first night is 12 December.

Thanks!
Imogen (lighting, props, and occasionally the back half of the cow)"""),

    dict(n=19, signals="-", priority="low", trap="complaint", qt=0, reply=0,
         frm="Gordon Leith <gleith@northmail.example>",
         to="feedback@citycabs-dundee.example",
         subject="YOUR DRIVER!!!",
         body="""\
I am absolutely FURIOUS. Took one of your cabs from the station to Perth Road last night at around 9pm, car number 214, and the driver spent the ENTIRE journey on his phone on speaker, sighed LOUDLY when I asked him to turn the radio down, and when I got out he said "cheers pal" in the most sarcastic tone I have heard in my life.

The fare was fine and he got me there, that is not the point!!! Is this how you train your people??? I have been using City Cabs for TWENTY years.

I don't want my money back, I want manners. I expect someone to have a word with him.

G. Leith"""),

    dict(n=20, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Sarah Nolan <sarah.nolan@brightmail.example>",
         to="care@glucoflow-medical.example",
         subject="Follow up - occlusion alarms",
         body="""\
Hi,

Just a quick note to close the loop. Back in September I reported that my son's pump was throwing occlusion alarms almost every night, and your nurse advisor Jess talked us through it and sent out a new batch of cannulas. Since then we haven't had a single false alarm and his overnight readings have been lovely and steady. So thank you, genuinely, it has made a big difference to our sleep!

While I'm here, is it possible to order a second belt clip? He's lost one at school (of course). Happy to pay for it.

Best wishes,
Sarah Nolan"""),

    dict(n=21, signals="-", priority="low", trap="job-application", qt=0, reply=0,
         frm="Daniel Osei <daniel.osei.cv@jobmail.example>",
         to="careers@lockright-smart.example",
         subject="Application - Technical Support Advisor (ref TS-114)",
         body="""\
Dear Hiring Team,

I would like to apply for the Technical Support Advisor role advertised on your careers page. My CV is attached.

For the last three years I have worked on the second-line desk at a home security call centre, where most of my day was spent on alarm panels that had gone offline, locks that wouldn't pair again after a power cut, and customers who were worried their cameras had been hacked (usually they hadn't, it was a shared password). During our big outage last winter I was the go-to person on the floor and wrote the step-by-step guide the team still uses.

I'm calm on the phone, I like fixing things properly rather than quickly, and I'd love to work on a product I actually own - there has been a LockRight deadbolt on my front door since 2024.

I'm available for interview any weekday and can start after four weeks' notice.

Kind regards,
Daniel Osei
07700 900153"""),

    dict(n=22, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Amira Haddad <amira.haddad@homenet.example>",
         to="accounts@littleacorns-nursery.example",
         subject="Re: Double charge on December invoice",
         body="""\
Hi Fiona,

Yes, I can see it back in my account this morning. Thank you so much for sorting it so quickly! And thanks for the photos from the nativity rehearsal, Yusuf hasn't stopped singing about the donkey since.

Have a lovely weekend,
Amira

On Wed, 2 Dec 2026 at 16:20, Little Acorns Accounts <accounts@littleacorns-nursery.example> wrote:
> Dear Amira,
> Apologies, you are quite right: our system charged your card twice for the December fees (£612.00 each time).
> We have refunded the duplicate payment today, please allow 3-5 working days for it to show.
> Kind regards,
> Fiona
>
> > I have been charged twice for December, can someone please look at this? Thanks, Amira"""),

    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Joanna Pieterse <j.pieterse@harlowtalent.example>",
         to="enterprise-support@hirestream.example",
         subject="SSO sign-in failing for whole team",
         body="""\
Hi,

Since around 8:15 this morning none of our recruiters can sign in to HireStream. The Microsoft SSO button takes them to our login, they authenticate fine, and then they land back on your page with "Error: user not provisioned". That's all 63 accounts, not a handful, and it includes me as admin, so I can't even check the SSO settings from our side. Nothing has changed in our Azure tenant.

Today is the assessment centre for our graduate intake: 140 candidates, interviews booked in HireStream from 9:30, and the interviewers can't see scorecards or schedules. We're printing whatever we can dig out of email.

Our contract ref is HS-ENT-0291. Please escalate, and call me on 020 7946 0618.

Joanna Pieterse
Head of Talent Systems, Harlow Talent Partners"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Craig Munro <craig.munro@munro-logistics.example>",
         to="accounts@liftpro-hire.example",
         subject="RE: RE: Deposit refund - hire LP-7719 - THIRD TIME ASKING",
         body="""\
This is the third time I'm writing about this and I have still not had an answer from anyone.

The two forklifts went back on 6 November and your driver signed them off with no damage. The £2,400 deposit should have been back within 10 working days. It is now December. We are a small warehouse and that money is sitting in your account when it should be going on my staff's wages at the end of this week.

If I don't have either the money or a firm date by Friday I will be raising it with the card company.

Craig Munro
Munro Logistics

On 24 Nov 2026, at 11:02, Craig Munro wrote:
> Hello again, still no sign of the deposit for hire LP-7719. Could someone please reply?
>
> On 13 Nov 2026, at 09:40, Craig Munro wrote:
> > Hi, the two forklifts from hire LP-7719 were collected on 6 November with no damage noted. Please confirm when the £2,400 deposit will be refunded to our card."""),
]
