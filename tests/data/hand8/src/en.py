# blind9 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Margaret Ellery <m.ellery@wessexmail.example>",
         to="service@glidestair.example",
         subject="Service visit please - chair on the stairs",
         body="""\
Hello,

I'd like to book someone to come and look at the stairlift you fitted for my mother at 14 Orchard Rise last spring (customer ref GS-20418).

On Sunday evening she was about two thirds of the way up when the chair gave a sort of clunk, dropped what felt like a few inches and tipped forward before it carried on. She held on to the banister and got to the top, but she was shaking when I got there. Yesterday I tried it myself with nobody on it and the same thing happened at the same spot, and there is a grinding noise from the rail there now. The seat belt also doesn't click in properly any more - it comes undone if you lean on it.

She is 86 and can't manage the stairs without it, so at the moment she is sleeping on the sofa downstairs. We'd rather she didn't use it again until someone has checked it over.

Could you let me know the earliest you can send an engineer?

Kind regards,
Margaret Ellery (daughter)
01632 960418"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Dev Rathore <dev.rathore@kestrelbroadband.example>",
         to="orders@aquaclearsupplies.example",
         subject="order #AQ-55127",
         body="""\
Hi there,

Order AQ-55127, the 5kg tub of "Rapid Shock" granules that arrived Thursday.

I used it this morning the way the label says, one scoop dissolved in a bucket of water in the plant room and then into the skimmer. Within a minute there was a yellowish haze coming off the bucket and the whole plant room stank like a swimming pool times a hundred. My son (14) was helping me and he has been coughing ever since, his eyes were streaming and he says his chest feels tight. I've taken him outside and we're sitting in the car with the windows down. The tubs we had from you before never did anything like that.

The lid is back on and the tub is outside now. Is something wrong with this lot? What is actually in it? The GP is asking. Please phone me on 07700 900356 rather than emailing back.

Dev"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Kirsty McAllister <kirsty.mca@thistlenet.example>",
         to="help@bouncebackgardens.example",
         subject="Trampoline pole snapped - my daughter was hurt",
         body="""\
Hello,

We bought the 12ft "SkyHop Pro" trampoline with safety enclosure from you in June (order BB-301772). On Saturday afternoon my daughter Isla (9) was jumping on her own, nothing silly, when one of the enclosure poles snapped off at the bottom bracket. The net went slack, she fell against the frame and then off onto the edge of the patio. She has a broken collarbone and a cut on her head that had to be glued at A&E.

When my husband looked at it afterwards, the steel where the pole broke is rusted right through on the inside, although it looks perfectly fine from the outside. The other poles have the same brown staining around the brackets.

I think this product is dangerous and other parents need to know about it. I want to know whether you have had other reports like this, and what you are going to do about it. We have kept the broken pole and taken photos of everything.

Kirsty McAllister"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="unauthorised", qt=0, reply=0,
         frm="Jordan Pike <jpike88@quickpost.example>",
         to="support@punterspal.example",
         subject="WITHDRAWALS I DIDNT MAKE",
         body="""\
username jpike88

woke up to 3 emails saying withdrawals processed - 200, 200 and 240 quid, all to a bank account ending 7712 which is NOT mine. my registered mobile number was also changed last night at 23:48, I never did that and I was asleep.

I can still get into the account and ive changed the password now but the money is gone. how did someone get in?? I thought I had the 2 step thing turned on.

I need the account frozen for withdrawals and my 640 back. this is theft, I'm reporting it to the police as well so tell me what info you need from me.

Jordan Pike"""),

    dict(n=5, signals="outage", priority="critical", trap="named", qt=0, reply=0,
         frm="Gareth Boyce <g.boyce@penmaenstone.example>",
         to="support@valleyfibre.example",
         subject="Line down - Penmaen Quarry - circuit VF-88213",
         body="""\
Morning,

Our leased line has been down since about 05:50. Circuit ref VF-88213, Penmaen Quarry, weighbridge office. The router shows the fibre light off, we've power-cycled it twice and the 4G backup isn't kicking in either.

Without it the weighbridge can't talk to our dispatch system, so we can't issue tickets, and no ticket means no lorry leaves site. There are eleven wagons queued up the access road already and the concrete plant in town is ringing every ten minutes.

Please get an engineer out or tell me what's going on at your end. Mobile 07700 900871.

Gareth Boyce
Site Manager, Penmaen Stone Ltd"""),

    dict(n=6, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Tomasz Wrona <t.wrona@skylinkmail.example>",
         to="help@reelnest.example",
         subject="hello",
         body="""\
Hi,

Since Tuesday nothing plays on my account. I pick a film or an episode, the screen goes black with the little circle going round, and after about a minute it says "Something went wrong (PB-4004)". Same on the TV app, on my laptop in Chrome and on my phone on mobile data, so it isn't my wifi. My partner's account in the same house works fine.

I've logged out and in, reinstalled the app, cleared the cache, all of it. I'm paying for Premium and haven't been able to watch a single thing for three days.

Tomasz"""),

    dict(n=7, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sunita Varma <sunita@cornerstopnews.example>",
         to="retailer.support@nationaldrawco.example",
         subject="terminal again!!! saturday",
         body="""\
Retailer no. 0448-221, Cornerstop News, Fairfield Road

Since your update went on last night the terminal just says WAITING FOR HOST and won't print anything. Can't sell tickets, can't check scratchcards, can't pay out the small wins either. I turned it off and on like your phone line told me and then waited 40 minutes on hold before it cut me off.

It's Saturday, biggest jackpot in months, and people are walking out and going to the big shop on the ring road. Every hour of this costs me. Somebody please ring the shop on 01632 960233.

Sunita"""),

    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Alan Fairweather <alan.fairweather@northdowns-council.example>",
         to="support@binroute.example",
         subject="Route app slow on crew tablets",
         body="""\
Hi team,

Since Monday the BinRoute app on our crew tablets has been really sluggish. Loading a round takes 8-10 minutes instead of a few seconds, and about one time in five it comes up with only half the streets on it. The office dashboard seems fine.

We're still getting the rounds done because the supervisors print paper lists first thing and the crews tick them off by hand, but that means we lose the missed-bin reports and the photos, and the crews aren't thrilled.

Is this a known issue on your side? We're on version 4.12 on the Samsung tablets, 23 vehicles.

Thanks,
Alan Fairweather
Waste Services Team Leader
North Downs District Council"""),

    dict(n=9, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Priya Nandakumar <priya.n@harbourlinefreight.example>",
         to="api-support@boxtrack.example",
         subject="503 from /v2/containers since 09:10",
         body="""\
Hello,

Every call to https://api.boxtrack.example/v2/containers/{id}/events has been returning HTTP 503 "upstream unavailable" since about 09:10 UTC. Your status page still says all systems operational.

We pull the discharge and gate-out events from it into our customs software, so at the moment none of our import declarations for Port Kestwick can be filed and we have forty-odd containers waiting for release. API key ending ...c91f, account HLF-0027.

Sample request ID from the response header: 7f3a2e9d-11b0-4c6e-a3d0-5b2f1e8c0a44

Can you confirm you're aware and give us an ETA?

Priya Nandakumar
Integration Lead | Harbourline Freight"""),

    dict(n=10, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Helen Oduya <helen.oduya@fernmail.example>",
         to="customercare@skylarkair.example",
         subject="Booking ref QX7HLM",
         body="""\
Dear Skylark Air,

I paid for an extra-legroom seat on flight SK482 to Faro (booking QX7HLM) through the app on 2 December. The app froze on the payment screen so I tried again, and now my credit card statement shows two payments of GBP 58.00 on the same day from "SKYLARK AIR ANCILL". There is only the one seat (14C) on the booking.

Please could you refund the second GBP 58.00? I have a screenshot of the statement if that helps.

Kind regards,
Helen Oduya"""),

    dict(n=11, signals="payment", priority="high", trap="refund", qt=0, reply=0,
         frm="Bernard Lowe <bernie.lowe@oldmillpost.example>",
         to="guest.accounts@meridiancruises.example",
         subject="Still waiting",
         body="""\
To whom it may concern,

My wife and I were booked on the Meridian Star, 14 nights Norwegian fjords, departing 3 October (booking MC-5528190). As you will know, you cancelled that sailing ten days before departure because of the engine work, and we were offered either a refund or a future cruise credit. We chose the refund, in writing, on 25 September, and your email of 27 September confirmed that "a refund of GBP 4,386.00 will be processed within 30 days".

It is now more than two months later. Nothing has come back onto the card we paid with. I have telephoned twice and on both occasions was told it is "with finance".

That money is most of our savings and it was meant for the deposit on a car we have now had to put off. I would like a date, in writing, by which it will be back in our account.

Yours faithfully,
Bernard Lowe"""),

    dict(n=12, signals="payment", priority="high", trap="plain", qt=0, reply=0,
         frm="Chantelle Brooks <chantelleb@pingmail.example>",
         to="help@brightwattenergy.example",
         subject="topup not gone on meter",
         body="""\
hi i topped up 30 pound on your app at 7pm last night, its gone out of my bank (says pending BRIGHTWATT TOPUP 30.00) but the meter still says emergency credit 2.14 and the app says no recent payments. the emergency credit will be gone by tonight and i cant afford to put another 30 on till friday, ive got the two kids here. meter number 17P 0093 4412. please can someone sort it today

Chantelle Brooks"""),

    dict(n=13, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Rhys Pemberton <rhys.pemberton@cymrumail.example>",
         to="hello@clearsightdirect.example",
         subject="quick one about my invoice",
         body="""\
Hi,

Just a quick question, nothing urgent. My last contact lens order (CSD-771043) has a line "Fulfilment & handling GBP 1.95" that wasn't on the earlier ones. Is that charged on every order now, or only when you order one box instead of three? Just want to know whether to bulk up next time.

Cheers,
Rhys"""),

    dict(n=14, signals="account", priority="high", trap="locked", qt=0, reply=0,
         frm="Amelia Hart <a.hart@hartandcole-solicitors.example>",
         to="portal.support@courtfile.example",
         subject="Account suspended - filing due 4pm today",
         body="""\
Good morning,

My CourtFile account (user AHART-HC, Hart & Cole Solicitors) has been suspended. This morning the portal told me my password had expired; I set a new one, and on the next screen it said "Account suspended - contact your administrator". The reset link in the follow-up email now says it is invalid.

I am the only person at the firm registered to file in these matters, and I have a defence that must be filed by 4pm today (claim no. K2QZ41187). Please could you reinstate the account, or tell me who can, as a matter of urgency.

Amelia Hart
Partner, Hart & Cole Solicitors"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Callum Reddy <callum.reddy04@zoommail.example>",
         to="support@nexplay.example",
         subject="code never comes",
         body="""\
yo so im trying to sign in on my new console with my NexPlay ID (callumr_04) and it wants the 6 digit verification code. says its sent it to my email. it hasnt. checked spam, promotions, everything, pressed resend like 8 times and now it says "too many requests, try again later".

i can still get in on my old console cause its already signed in, but i want to move my games and saves over before i give the old one to my brother at the weekend. how do i get the code, or can i switch it to text instead?"""),

    dict(n=16, signals="account", priority="medium", trap="access-removed", qt=0, reply=0,
         frm="Fiona Greaves <f.greaves@harbourmuseum.example>",
         to="support@collectra.example",
         subject="Admin rights - Harbour Museum",
         body="""\
Hello Collectra support,

Our collections manager, who was the only administrator on our Collectra account, left last month. It seems her departure set off some kind of clean-up: her own login was deactivated, which is fine, but our registrar Owen Price has also lost his edit rights and is now only a "viewer". He can't record new acquisitions or update loan records, and the loan paperwork for our January exhibition has to be finished this month.

Could you make me (f.greaves@harbourmuseum.example) the account administrator, so that I can reinstate Owen and manage users from now on? I'm happy to send whatever proof of my role you need.

With thanks,
Dr Fiona Greaves
Director, Harbour Museum & Archive"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Nadia Khoury <nkhoury@lanternmail.example>",
         to="care@petmedsdirect.example",
         subject="Adding my husband?",
         body="""\
Hello,

We order our dog's heart tablets on repeat prescription from you every month, on my login. My husband would like to be able to place the order too when I'm away. Is there a way to add a second person to the same account, or does he need his own? And if he does need his own, can the prescription be linked to both of us?

Also, where do I change the email address the reminders go to? I can't find it under Settings.

Thank you,
Nadia"""),

    dict(n=18, signals="-", priority="low", trap="complaint", qt=0, reply=0,
         frm="Derek Munroe <dmunroe@hollowaymail.example>",
         to="customer.relations@parkfly-east.example",
         subject="DISGRACEFUL",
         body="""\
I have NEVER been spoken to like that in my life.

Thursday, 5.40am, shuttle bus from your Blue car park to Terminal 2. Your driver (bald, glasses, bus number 7) told my wife to "hurry up love, I haven't got all day" while she was lifting our case on, did not lift a finger to help, and then pulled away so sharply that my coffee went all over my trousers. Three other passengers saw it.

The parking itself was fine, the car was where we left it and the price was what we booked, no complaints there. But I expect an apology and I expect that man to be spoken to. I have used ParkFly for six years and I will be telling everyone I know.

D. Munroe"""),

    dict(n=19, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Owen Tregarthen <owen@tregarthenfarmshop.example>",
         to="business@westgrid.example",
         subject="Thanks + question about a second supply",
         body="""\
Hi both,

Just to close the loop on the trouble we had over the summer: since your engineer swapped the meter and the isolator in August we haven't had a single trip or power cut at the farm shop, and the bills have been spot on. Please pass our thanks on to Jas, he was very patient with us.

Now the actual question. We're converting the old milking parlour into a cafe next spring and will need a separate supply with its own meter. What's the process, and roughly how long does it take from application to connection? Do we apply through you or through the network operator?

Best,
Owen Tregarthen
Tregarthen Farm Shop"""),

    dict(n=20, signals="-", priority="low", trap="application", qt=0, reply=0,
         frm="Rosa Adeyemi <rosa.adeyemi@parcelpost.example>",
         to="support@orbitalink.example",
         subject="Application: Incident Response Analyst (ref IR-2611)",
         body="""\
Dear Hiring Team,

Please find attached my CV for the Incident Response Analyst role advertised on your website (ref IR-2611). Apologies if this is not the right address; I couldn't find a separate one for applications.

For the last four years I have worked on the network operations desk of a regional mobile operator. I was first responder for outages on the night rota, handled phishing and account takeover reports from customers, and helped write our data breach playbook after a supplier was compromised. I'm comfortable with on-call work and with explaining a crash or a security incident to people who aren't technical.

I would be glad to talk further at your convenience.

Yours sincerely,
Rosa Adeyemi"""),

    dict(n=21, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Marcus Fenwick <m.fenwick@fenwickcatering.example>",
         to="feedback@standpay.example",
         subject="Saturday!!",
         body="""\
Hi StandPay crew,

Had to drop you a line after the derby on Saturday. 31,000 in the ground and our three kiosks in the East Stand were on fire - we absolutely smashed last season's record. The new pre-order button is a killer feature, the half-time queue basically vanished and the lads on the grill were run off their feet in the best possible way.

Only wish: could the kitchen screen show the seat block in bigger type? Old eyes.

Cheers, see you at the cup tie,
Marcus
Fenwick Catering (East Stand kiosks 4, 5 & 7)"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Ian Strachan <ian.strachan@northerntern-survey.example>",
         to="support@orbitalink.example",
         subject="Re: Ticket 40217 - no service on handset",
         body="""\
Thanks Carla, all good here - the handset re-registered as soon as we powered it back up and we've had calls in and out all afternoon. Much appreciated, especially on a Sunday. Feel free to close the ticket.

Regards,
Ian Strachan
RV Northern Tern

On Sun, 6 Dec 2026 at 11:02, OrbitaLink Support <support@orbitalink.example> wrote:
> Hi Ian,
>
> We had an outage on the beam covering the North Atlantic between 02:00 and 09:40 UTC this morning, caused by a gateway fault. Service has now been restored. If your handset still shows "No network", please power-cycle it and let us know.
>
> Kind regards,
> Carla - OrbitaLink Support
>
> > Our sat phone has had no service since last night, we can't reach the shore base at all."""),

    dict(n=23, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Kwame Asante <k.asante@lowmoor-uni.example>",
         to="support@examvault.example",
         subject="URGENT - students cannot sign in, exam at 10:00",
         body="""\
Hi,

We have a 10:00 online exam on ExamVault (module PHY2041, 312 students) and none of the students can sign in. They get through the university login and then land on your page with "Your account is not provisioned for this tenant". Staff accounts do the same - I can't get into the invigilator view either. Everything worked yesterday afternoon when we ran the mock.

The exam is already 20 minutes late and the students are sitting in the sports hall waiting. Please call me now on 01632 960775.

Dr Kwame Asante
Exams Officer, School of Physics, Lowmoor University"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Sanjay Mistry <s.mistry@quaymail.example>",
         to="billing@riversidewater.example",
         subject="RE: RE: Account 30091847 - estimated bill",
         body="""\
This is the THIRD time I have written. Nobody has answered either of the emails below and your phone line says 45 minutes.

You have now taken GBP 1,140.62 by direct debit for "estimated usage" on a two-bed flat where I live on my own. My actual reading is 01873, photo attached AGAIN. My rent went out the same week and I'm now overdrawn and paying bank charges because of you.

Refund the difference this week or I'm going to the ombudsman.

Sanjay Mistry

> -----Original Message-----
> From: Sanjay Mistry <s.mistry@quaymail.example>
> Sent: 24 November 2026 19:12
> To: billing@riversidewater.example
> Subject: RE: Account 30091847 - estimated bill
>
> Still no reply. The direct debit is due on the 1st. Please stop it or correct the bill before then.
>
> -----Original Message-----
> From: Sanjay Mistry <s.mistry@quaymail.example>
> Sent: 17 November 2026 08:40
> Subject: Account 30091847 - estimated bill
>
> Hi, my latest bill is GBP 1,140.62 based on an estimate, about ten times what I normally pay. Meter reading today is 01873, photo attached. Please reissue the bill."""),
]
