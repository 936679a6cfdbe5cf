# blind10 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Margaret Oyelaran <m.oyelaran@fastmail.example>",
         to="help@snugwarm.example",
         subject="heated underblanket SW-220",
         body="""\
Hello,

I bought your dual-control heated underblanket (SW-220, order 55-10932) in October. Last night I woke around 3am because my left side felt far too warm, even though the controller was on setting 2. When I pulled the sheet back there was a brown, stiff patch about the size of my palm where the wire runs in near the connector, and a smell like singed hair. The little light on the controller was flickering orange.

I've unplugged it and it's out in the garage now. My husband has a pacemaker and sleeps on the other side, so frankly I'm shaken.

What should I do with it, and have other people reported this?

Margaret Oyelaran"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Daniel Fairweather <dan.fairweather@inbox.example>",
         to="care@orbitkids.example",
         subject="buckle on the Orbit 360",
         body="""\
Hi, I need someone to look at this today please.

Driving home on the motorway yesterday I heard a click from the back, and when I glanced in the mirror my son (2) had the chest straps hanging loose off his shoulders. The red release button was not pressed - he can't reach it, and I'd checked it clicked before we left. By the time I got onto the hard shoulder he was leaning right forward with nothing holding him.

Re-buckled it, heard the click, tugged it. Twenty minutes later, same thing again.

Seat is the Orbit 360 i-Size, bought in March, serial OB3-77412-K. We're not using it now, he's in my mum's old seat. Is there a known fault with the buckle tongue? I've got a video of it popping open on the drive if that helps.

Daniel Fairweather"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Owen Pritchard <owen.pritchard@castlemail.example>",
         to="service@liftmaster-doors.example",
         subject="Garage door closed on my daughter - safety reverse not working",
         body="""\
To whoever handles safety issues,

You installed a motorised sectional garage door at our house in August (job LMD-30417, 14 Fernbank Close). On Sunday afternoon my daughter, who is 9, ducked under it while it was closing. The door did not stop or reverse when it touched her. It kept pushing down and pinned her to the floor across her back for a few seconds until I reached the wall button and sent it up.

She has bruising across both shoulder blades and we spent the evening at A&E to have her checked. Thankfully nothing is broken.

I tested it afterwards with a cardboard box: the door crushes the box flat. The photo-eye light is green. We have disconnected the motor and are using the door by hand.

I need an engineer out this week and I want to know why the obstruction sensing failed, because the installer told us it would stop "at the slightest touch".

Owen Pritchard
07700 900 182"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="plain", qt=0, reply=0,
         frm="Tunde Okafor <t.okafor88@mailbox.example>",
         to="support@payloop.example",
         subject="I did NOT send these",
         body="""\
Three payments left my PayLoop balance overnight: 150.00, 150.00 and 180.00 GBP, all to someone called "Kieran M" who I have never heard of. I was asleep. There's also an email at 01:52 saying my phone number on the account was changed. Not by me.

Please freeze the account now and tell me how I get this money back.
Username t.okafor88"""),

    dict(n=5, signals="outage", priority="critical", trap="by-name", qt=0, reply=0,
         frm="Rhys Callander <ops@pendleridge.example>",
         to="support@liftpass.example",
         subject="URGENT - gate system down at Pendle Ridge",
         body="""\
Your LiftPass cloud is down.

Since 08:10 every turnstile at both base stations shows red with "validation service unavailable". We have the chairlift and two drag lifts open on a Saturday with fresh snow and roughly 600 people in the queues. Staff are waving people through by eye, which we cannot keep doing for insurance reasons, and the ticket office can't sell day passes either.

Your status page says all systems operational, which is clearly wrong.

Call me on 01632 960418, I'm at the top station.

Rhys Callander
Operations Manager, Pendle Ridge Snowsports"""),

    dict(n=6, signals="outage", priority="high", trap="buried", qt=0, reply=0,
         frm="Gordon Birkett <g.birkett@lakesideleisure.example>",
         to="hello@bookslot.example",
         subject="help please",
         body="""\
Hi there,

Bit of background first as I'm not sure who picks these up. We're a small family business, three campervans and two caravans for hire out of Keswick, and we've used your BookSlot calendar for about two years without much trouble. My daughter set it all up originally and she's away at uni now, so bear with me.

Since Tuesday evening, when I think there was an update (the colours changed), the bookings page just spins. The little blue circle goes round and round and nothing loads. I've tried the laptop and my phone, Chrome and the other one, cleared the cookies like the help page says. Same thing every time.

The trouble is I can't see who is picking up a van on Friday or what they've paid, and I can't put in the two phone bookings I took yesterday, so I'm worried about double booking the Hymer over Christmas. I'm basically working blind.

Account is under Lakeside Leisure Hire, login g.birkett@lakesideleisure.example.

Could someone ring me, or at least email me the list of this week's bookings?

Thanks,
Gordon Birkett
Lakeside Leisure Hire
07700 900314"""),

    dict(n=7, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Amira Haddad <amira@haddadgrocers.example>",
         to="support@vigilo-cctv.example",
         subject="playback",
         body="""\
Hello,

since about Monday the cloud playback in the Vigilo app won't load older clips. Live view from all 6 cameras is fine, and the recorder in the back office still has everything when I plug a monitor into it, so nothing is lost. But in the app any recording from before today gives "Clip unavailable (E-417)".

It's a nuisance more than anything - we use it to check deliveries at the back door from home. Site ID VG-20981.

Cheers,
Amira"""),

    dict(n=8, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Dr Priya Venkatesan <p.venkatesan@harbourside-dental.example>",
         to="support@dentica.example",
         subject="All surgeries - can't open charts",
         body="""\
Nobody at Harbourside Dental can open a patient record this morning.

Dentica loads to the login, accepts the password, then sits on "Loading practice data" for a minute and throws "Error 1207: practice database not reachable". All 9 workstations, both sites (Harbour St and Millbank). The x-ray viewer won't open images either because it goes through the same link.

We have patients in the chairs and a full list until 6pm, including two extractions where we need the imaging. Reception are working from the printed day sheet, but clinicians can't see medical histories or current medications, and we're not comfortable treating without them.

Our IT contractor says our network is fine and other websites load. Please escalate. Practice ID HD-0447.

Dr Priya Venkatesan
Clinical Lead, Harbourside Dental"""),

    dict(n=9, signals="outage", priority="high", trap="api", qt=0, reply=0,
         frm="Tomasz Nowicki <t.nowicki@snackhub.example>",
         to="api-support@televend.example",
         subject="503 on /v2/machines since 06:40",
         body="""\
Hi,

Our integration with your telemetry API has been failing since 06:40 UTC. Every call to GET /v2/machines and /v2/machines/{id}/stock returns 503 Service Unavailable with an empty body. /v2/auth/token still works, so the credentials are fine. We've been retrying with backoff for two hours.

We use the stock levels to build the restock routes for our drivers. Without them the routing job can't run, so I can't publish today's routes. The drivers can get through this morning on yesterday's list, but by the afternoon we're guessing which of our 140 machines are empty.

Client ID: snackhub-prod-02. Can you check whether something is wrong on your side?

Tomasz Nowicki
Integration Engineer, SnackHub Vending"""),

    dict(n=10, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Louise Carrow <louise.carrow@homemail.example>",
         to="bookings@strikezone.example",
         subject="booking ref BWL-44817",
         body="""\
Hi,

I booked two lanes for my son's 10th birthday party on Saturday (ref BWL-44817, 64.00). The page froze after I pressed pay so I pressed it again, and now my bank shows two payments of 64.00 to StrikeZone Leisure, both completed, not pending. I only got one confirmation email.

Can you refund the second one please? The party itself was great by the way, the kids loved the bumpers.

Louise"""),

    dict(n=11, signals="payment", priority="high", trap="deadline", qt=0, reply=0,
         frm="Hannah & James Ashby <ashbywedding@postbox.example>",
         to="events@thornburybarn.example",
         subject="Refund of deposit - cancelled booking 14 June",
         body="""\
Dear Thornbury Barn team,

We cancelled our wedding reception booking for 14 June 2027 on 2 October, inside the free cancellation period in your terms (clause 6.1). Your coordinator Hannah Reeve confirmed by email the same day that the 2,500 deposit would be refunded to our account within 14 days.

It has now been more than seven weeks. We have emailed twice and phoned three times, and each time we were told it was "with accounts".

We are not trying to be difficult, but this is our money and we need it: our new venue has asked for their deposit by Friday 11 December or they will release the date, and we cannot pay both. Please confirm today when the refund will be sent, or give us the name of someone in accounts we can speak to.

Booking reference TB-27-0614.

Kind regards,
Hannah and James Ashby"""),

    dict(n=12, signals="payment", priority="medium", trap="angry", qt=0, reply=0,
         frm="Paul Drummond <pdrummond@wirenet.example>",
         to="members@strokefit.example",
         subject="cancelled in SEPTEMBER",
         body="""\
I cancelled my StrokeFit+ membership on 14 September. I have the confirmation email. I have a screenshot.

And yet you took 14.99 on 14 October AND again on 14 November. That's 29.98 for a service I can't even use because I sold the rowing machine.

Refund both and confirm it has actually stopped this time. I'm not interested in a discount code or a "pause" option.

P. Drummond"""),

    dict(n=13, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Graham Lyle <graham.lyle@wavenet.example>",
         to="accounts@severnlink.example",
         subject="question",
         body="""\
Hello, quick one. My monthly statement for the tag account (7741-20983) has a new line, "Account service charge 0.75", that wasn't there before. Not disputing it, just curious what it's for and whether it'll be on every statement from now on? Thanks, Graham"""),

    dict(n=14, signals="account", priority="high", trap="deadline", qt=0, reply=0,
         frm="Chloe Adeyemi <c.adeyemi@student.northvale.example>",
         to="residents@ashgrovecourt.example",
         subject="locked out of resident portal - inventory due tomorrow!!",
         body="""\
Hi,

I'm in Block C room 214. My resident portal account got locked after I typed the wrong password a few times. It says "an unlock link has been sent to your email" but nothing has come, I've checked junk and I've been waiting since yesterday afternoon.

I can't do anything at all without it. The move-in inventory has to be submitted through the portal by 5pm tomorrow or I lose the right to dispute damages, and I also can't report that my window latch is broken.

Student ID 2291045. Please help!

Chloe Adeyemi"""),

    dict(n=15, signals="account", priority="medium", trap="buried", qt=0, reply=0,
         frm="Jonathan Whitcombe <jon.whitcombe@postbox.example>",
         to="members@meridianpensions.example",
         subject="Member PN-3320917",
         body="""\
Dear Sir or Madam,

I hope you are well. I have been a member of the Harlow Engineering section of the plan since 2009 and have always found your annual statements very clear. I also wanted to say the new retirement planner is a big improvement on the old one.

As you may have on file, I left Harlow Engineering at the end of August and started with a new employer in September. My contributions now go into a different scheme, so I understand my pot with you is deferred. That is fine and I am not planning to transfer it at the moment.

The thing I actually need help with: my online login is still my old work address, j.whitcombe@harlow-eng.example. That mailbox was closed when I left, so whenever the site wants to send me a verification code I cannot receive it, and I am worried I will miss letters about my pension. I can still get in today with the saved password on my home computer, but I would like both the login and the contact address changed to jon.whitcombe@postbox.example.

Is there a form for this, or can you do it from this email?

Member number PN-3320917, date of birth 04/05/1978.

Kind regards,
Jonathan Whitcombe"""),

    dict(n=16, signals="account", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Élodie Marchand <elodie@saveursdelyon.example>",
         to="support@cateros.example",
         subject="Chef can not see orders",
         body="""\
Bonjour,

sorry for my English. I run Saveurs de Lyon, a catering company in Leeds. Since we changed our company name on the platform last week (from "Lyon Kitchen Ltd" to "Saveurs de Lyon Ltd"), the user of my head chef Marc, marc@saveursdelyon.example, is gone from the team list. He cannot log in, it says "user not found".

Me, I can still log in as owner and see the orders, so we are working, but Marc needs to see the event orders himself with the notes about allergies and numbers. Can you put him back? Or must I invite him again, and then do we lose his history?

Merci beaucoup,
Élodie Marchand"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Sophie Brennan <sophie.b@mailcloud.example>",
         to="hello@bloomwell-app.example",
         subject="profile name + login codes",
         body="""\
Hi! Two small things on my Bloomwell account.

I set it up with a nickname and would like my real name on it now that I'm sharing the appointment summaries with my midwife - where do I change that?

And is there a way to get the login codes through an authenticator app instead of by text? Couldn't find either in settings.

Thanks!
Sophie (due in March)"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Carlos Mendes <carlos@tacomarea.example>",
         to="hello@brewmaster.example",
         subject="just had to write",
         body="""\
Hello Brewmaster team,

I run a small food truck (tacos, weekends at Hull marina) and bought the Brewmaster Duo in August. Honestly, this machine is a lifesaver. The Saturday lunch rush used to absolutely kill us - two shots at a time on the old thing and a queue halfway down the pier. Now we're flying through orders and the flat whites are killer. My partner says the steam wand is dangerously good.

Anyway, no question and no problem, just wanted you to know. If you ever want a photo of it in the truck for your Instagram, happy to help.

Carlos Mendes
Taco Marea"""),

    dict(n=19, signals="-", priority="low", trap="other-sense", qt=0, reply=0,
         frm="Neil Hargreaves <neil.h@moto-mail.example>",
         to="sales@ironside-moto.example",
         subject="crash bars for 2021 Tracer 7 GT?",
         body="""\
Hi,

Looking at your Ironside crash bars and the engine protection bundle. Will they fit a 2021 Tracer 7 GT with the factory side cases, or do I need the other bracket kit?

Also, if I drop the bike in the garage (it happens...) and the bars bend, is that covered under the warranty or classed as wear and tear? Thinking of ordering before the January price change.

Cheers,
Neil"""),

    dict(n=20, signals="-", priority="low", trap="complaint", qt=0, reply=0,
         frm="Joan Pettigrew <jpettigrew@oldmail.example>",
         to="feedback@greenline-buses.example",
         subject="YOUR DRIVER ON THE 42 THIS MORNING",
         body="""\
I want to complain in the STRONGEST possible terms about the driver of the 42 leaving Elm Road at 7:55 this morning.

I asked him, politely, whether the bus now stops at the new retail park and he ROLLED HIS EYES, said "read the timetable, love" and carried on chatting into his headset. Absolutely no manners whatsoever.

I have used Greenline for twelve years and I have never been spoken to like that. I expect an apology. I am not asking for anything else, I just want someone to have a word with him.

Mrs J. Pettigrew"""),

    dict(n=21, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Fiona Blake <fiona.blake@greenhome.example>",
         to="service@aqualine.example",
         subject="Case WM-88213 - all good now",
         body="""\
Hi,

Just closing the loop on case WM-88213. Since the engineer swapped the door seal and the drain pump on 18 November there's been no more water on the kitchen floor and no more E21 errors - we've done probably fifteen loads since. Please pass my thanks on to Dev, he was quick and tidy.

One question while I'm here: which descaler do you recommend for the AquaLine 8, and how often should I use it? We're in a very hard water area.

Regards,
Fiona Blake"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Rob Ellison <rob.ellison@famnet.example>",
         to="guests@thundercove.example",
         subject="Re: Your Thunder Cove booking TC-559031",
         body="""\
Hi Megan,

Tickets came through this morning, all four with the QR codes, and the fast-track add-on is showing too. Thanks for sorting it so quickly, the kids are beside themselves. See you on the 20th!

Rob

On Tue, 1 Dec 2026 at 16:12, Thunder Cove Guest Services <guests@thundercove.example> wrote:
> Dear Mr Ellison,
>
> We're sorry: our online booking system suffered an outage yesterday afternoon and was
> down for around two hours. Some orders placed between 13:00 and 15:30 did not generate
> e-tickets. Your order TC-559031 is confirmed and we will re-issue your tickets within 24 hours.
>
> Kind regards,
> Megan, Guest Services"""),

    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Karen Lowther <office@staidans-primary.example>",
         to="support@classlink-parents.example",
         subject="No parent can log in - trip consent closes tonight",
         body="""\
Hi,

I'm the School Business Manager at St Aidan's Primary. Since your password reset email went out to all our parents at about 8 this morning (we didn't trigger it, as far as we know), every parent who tries to log in gets "Invalid credentials" - with the old password AND with the new one they set through the link. Staff logins seem fine.

The office phones haven't stopped. We've had over 80 calls and emails already and we have around 420 families.

The Year 6 residential trip consent form closes at midnight tonight and the coach company needs final numbers tomorrow morning. Can you either fix the parent logins today, or tell me how to extend the form deadline in the system so nobody loses their place?

Karen Lowther
School Business Manager
St Aidan's Primary School"""),

    dict(n=24, signals="payment", priority="medium", trap="safety", qt=1, reply=1,
         frm="Nadia Qureshi <nadia.q@brightmail.example>",
         to="care@glosspro.example",
         subject="RE: Important notice - GlossPro S3 straighteners",
         body="""\
Hello,

I sent the straighteners back with the prepaid label on 3 November, as your email below asked. Tracking (RM 4471 9920 3GB) shows it was delivered to your returns centre on 6 November and signed for by "K. ALI". Your email says the refund of 89.99 goes back to the original card within 14 days.

It's now December and nothing has arrived, and your helpline just plays music at me. Can you confirm the parcel was received and when I will get the money?

Nadia Qureshi
Order GP-203318

-----Original Message-----
> From: GlossPro Customer Care <care@glosspro.example>
> Sent: 28 October 2026 10:02
> Subject: Important notice - GlossPro S3 straighteners
>
> We have found that a small number of GlossPro S3 straighteners can overheat at the hinge
> and cause burns. Please stop using your S3 immediately and unplug it. Return it free of
> charge with the enclosed label and we will refund you in full within 14 days."""),
]
